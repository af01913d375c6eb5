/** Browser entry point: mounts the React app into #root. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
