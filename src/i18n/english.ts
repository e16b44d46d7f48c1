/**
 * The English catalog: the interface texts, the problem texts and the terms. Not imported by the page: the build
 * turns it into a JSON file the page fetches when English is chosen (.config/vite/catalog-plugin.ts); unit tests
 * install it directly.
 */
import type { Catalog } from './catalog';
import { en } from './en';
import { PROBLEMS_EN, TERMS_EN } from './problems-en';

export const ENGLISH: Catalog = { dict: en, problems: PROBLEMS_EN, terms: TERMS_EN };
