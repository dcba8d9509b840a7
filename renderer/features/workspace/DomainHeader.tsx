import { useApp } from '../../store/store-context';
import { ExportButton } from '../files/ExportButton';
import { ImportButton } from '../files/ImportButton';
import { JsonViewButton } from '../files/JsonViewButton';
import { ProblemsBadge } from '../problems/ProblemsBadge';
import { BaseUrlField } from './BaseUrlField';
import { HistoryButtons } from './HistoryButtons';
import { SaveStatus } from './SaveStatus';

/** The selected domain's name and URL, save state, history and file actions. */
export function DomainHeader() {
  const name = useApp((s) => s.draft?.name ?? '');
  return (
    <header className="domain-header">
      <div className="domain-title">
        <h1 id="domain-name" tabIndex={-1}>
          {name}
        </h1>
        <SaveStatus />
      </div>
      <div className="domain-toolbar">
        <BaseUrlField />
        <div className="toolbar-buttons" role="toolbar" aria-label="Draft actions">
          <HistoryButtons />
          <ExportButton />
          <JsonViewButton />
          <ImportButton />
          <ProblemsBadge />
        </div>
      </div>
    </header>
  );
}
