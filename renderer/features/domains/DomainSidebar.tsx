import { useState, type KeyboardEvent } from 'react';
import type { DomainSummary } from '../../../shared/model/draft';
import { Button, IconButton } from '../../components/Button';
import { useApp, useAppShallow } from '../../store/store-context';
import { DeleteDomainDialog } from './DeleteDomainDialog';
import { copyName } from './domain-form';
import { DomainNameDialog } from './DomainNameDialog';

type Pending =
  { action: 'create' } | { action: 'rename' | 'duplicate' | 'delete'; domain: DomainSummary } | null;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The domains the admin works on. Each entry selects its draft; F2 renames and Delete deletes the focused
 * one, ↑/↓ move between entries; rename, duplicate and delete also have their own buttons.
 */
export function DomainSidebar({ onCollapse }: { onCollapse(): void }) {
  const domains = useApp((s) => s.domains);
  const selectedId = useApp((s) => s.selectedId);
  const loaded = useApp((s) => s.domainsLoaded);
  const error = useApp((s) => s.domainsError);
  const { selectDomain, createDomain, renameDomain, duplicateDomain } = useAppShallow((s) => ({
    selectDomain: s.selectDomain,
    createDomain: s.createDomain,
    renameDomain: s.renameDomain,
    duplicateDomain: s.duplicateDomain,
  }));
  const [pending, setPending] = useState<Pending>(null);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, domain: DomainSummary, index: number) {
    if (event.key === 'F2') setPending({ action: 'rename', domain });
    else if (event.key === 'Delete') setPending({ action: 'delete', domain });
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = domains[index + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) document.getElementById(`domain-${next.id}`)?.focus();
    } else return;
    event.preventDefault();
  }

  return (
    <nav className="sidebar-domains" aria-labelledby="domains-heading">
      <div className="sidebar-head">
        <h2 id="domains-heading">Domains</h2>
        <div className="sidebar-head-actions">
          <Button variant="primary" onClick={() => setPending({ action: 'create' })}>
            New domain
          </Button>
          <IconButton
            id="sidebar-hide"
            icon="left"
            label="Hide the domain list"
            aria-expanded
            onClick={onCollapse}
          />
        </div>
      </div>
      {!loaded && <p className="muted sidebar-note">Loading…</p>}
      {error && (
        <p className="field-messages field-messages-error sidebar-note" role="alert">
          {error}
        </p>
      )}
      {loaded && !error && domains.length === 0 && (
        <p className="muted sidebar-note">No domains yet. Create one to start drafting.</p>
      )}
      <ul className="domain-list">
        {domains.map((domain, index) => (
          <li key={domain.id} className={domain.id === selectedId ? 'domain-item selected' : 'domain-item'}>
            <button
              id={`domain-${domain.id}`}
              type="button"
              className="domain-select"
              aria-current={domain.id === selectedId ? 'page' : undefined}
              aria-describedby={`domain-${domain.id}-url`}
              aria-keyshortcuts="F2 Delete ArrowUp ArrowDown"
              onClick={() => void selectDomain(domain.id)}
              onKeyDown={(e) => onKeyDown(e, domain, index)}
            >
              {domain.name}
            </button>
            {/* Outside the button so its accessible name is just the domain name; the button's ::after
                covers the whole entry, so clicking the URL selects too. */}
            <span id={`domain-${domain.id}-url`} className="domain-url">
              {domain.base_url ? hostOf(domain.base_url) : 'No base URL'}
            </span>
            <div className="domain-actions">
              <IconButton
                label={`Rename ${domain.name}`}
                icon="pencil"
                onClick={() => setPending({ action: 'rename', domain })}
              />
              <IconButton
                label={`Duplicate ${domain.name}`}
                icon="copy"
                onClick={() => setPending({ action: 'duplicate', domain })}
              />
              <IconButton
                label={`Delete ${domain.name}`}
                icon="trash"
                onClick={() => setPending({ action: 'delete', domain })}
              />
            </div>
          </li>
        ))}
      </ul>
      {pending?.action === 'create' && (
        <DomainNameDialog
          title="New domain"
          submitLabel="Create domain"
          initialName=""
          withBaseUrl
          onSubmit={(name, url) => createDomain(name, url)}
          onClose={() => setPending(null)}
        />
      )}
      {pending?.action === 'rename' && (
        <DomainNameDialog
          title={`Rename “${pending.domain.name}”`}
          submitLabel="Rename"
          initialName={pending.domain.name}
          except={pending.domain.id}
          onSubmit={(name) => renameDomain(pending.domain.id, name)}
          onClose={() => setPending(null)}
        />
      )}
      {pending?.action === 'duplicate' && (
        <DomainNameDialog
          title={`Duplicate “${pending.domain.name}”`}
          submitLabel="Duplicate"
          initialName={copyName(pending.domain.name, domains)}
          onSubmit={(name) => duplicateDomain(pending.domain.id, name)}
          onClose={() => setPending(null)}
        />
      )}
      {pending?.action === 'delete' && (
        <DeleteDomainDialog domain={pending.domain} onClose={() => setPending(null)} />
      )}
    </nav>
  );
}
