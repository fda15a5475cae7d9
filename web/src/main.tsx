import { createRoot } from 'react-dom/client';
import './shared/theme.css';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App />);
