// The theme first: the NL Design System components and our tokens, before any component's own CSS.
import './ui/theme/nlds.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/app.css';
import './ui/council.css';
import './ui/theme/layout.css';
import { prefetchGeodata } from './data/load';

// The data first: their download runs while the interface renders and the map sets up its WebGL context.
prefetchGeodata();

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
