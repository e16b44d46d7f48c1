/** Unit tests have the English catalog at hand (the page fetches it the first time English is asked for). */
import { installEnglish } from '../../src/i18n/catalog';
import { ENGLISH } from '../../src/i18n/english';

installEnglish(ENGLISH);
