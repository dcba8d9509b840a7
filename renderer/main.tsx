// First, so its requests leave before the modules below are evaluated (module order is evaluation order).
// eslint-disable-next-line import-x/order
import { startAnswers } from './ask-host-first';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, AppSettingsPanel } from './App';
import { createAppStore } from './store/create-store';
import { startApp } from './store/start-app';
import { StoreProvider } from './store/store-context';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/editor.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The settings panel is shown at once; fetch its code while the app renders and asks the host.
void AppSettingsPanel.preload();

const store = createAppStore();
startApp(store, startAnswers);
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
