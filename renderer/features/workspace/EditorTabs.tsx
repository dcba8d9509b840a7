import type { KeyboardEvent } from 'react';
import { useApp } from '../../store/store-context';
import type { EditorTab } from '../../store/types';

/** The editor's tabs in order, with their labels. */
export const TABS: readonly { id: EditorTab; label: string }[] = [
  { id: 'profile', label: 'Profile webhook' },
  { id: 'location', label: 'Location webhook' },
  { id: 'security', label: 'Security' },
  { id: 'catalogue', label: 'Field catalogue' },
  { id: 'test', label: 'Test' },
  { id: 'publish', label: 'Publish' },
];

/** DOM id of a tab button, so its panel can be labelled by it. */
export const tabButtonId = (tab: EditorTab) => `tab-${tab}`;
/** DOM id of a tab panel. */
export const tabPanelId = (tab: EditorTab) => `panel-${tab}`;

/** ARIA tabs: ←/→ (and Home/End) move between tabs and select them; only the active tab is in Tab order. */
export function EditorTabs() {
  const active = useApp((s) => s.activeTab);
  const setActive = useApp((s) => s.setActiveTab);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((t) => t.id === active);
    const last = TABS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const tab = TABS[next];
    if (!tab) return;
    event.preventDefault();
    setActive(tab.id);
    document.getElementById(tabButtonId(tab.id))?.focus();
  }

  return (
    <div role="tablist" aria-label="Configuration sections" className="tabs" onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab.id}
          id={tabButtonId(tab.id)}
          type="button"
          role="tab"
          aria-selected={tab.id === active}
          aria-controls={tabPanelId(tab.id)}
          tabIndex={tab.id === active ? 0 : -1}
          className="tab"
          onClick={() => setActive(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
