// First, so its requests leave before the modules below are evaluated (module order is evaluation order).
// eslint-disable-next-line import-x/order
import { startAnswers } from './ask-host-first';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, AppSettingsPanel } from './App';
import { createAppStore } from './store/create-store';
import { startApp } from './store/start-app';
import { StoreProvider } from './store/store-context';
import { whenStarted } from './store/when-started';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/editor.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The settings panel is shown at once; fetch its code while the app renders and asks the host.
void AppSettingsPanel.preload();

/** How long the first render waits for the start's answers before it shows the shell without them. */
const FIRST_RENDER_WAIT_MS = 300;

const store = createAppStore();
startApp(store, startAnswers);
// The host answers a reload in a few tens of milliseconds: rendering once those answers are in the store
// paints the draft in one render, where rendering at once would render the shell and then render again.
void whenStarted(store, FIRST_RENDER_WAIT_MS).then(() =>
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  ),
);
