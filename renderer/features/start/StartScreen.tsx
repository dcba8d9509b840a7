import '../../styles/start.css';
import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { useApp } from '../../store/store-context';
import { ImportButton } from '../files/ImportButton';
import { exampleConfig } from './example-draft';

/**
 * What a new domain opens on: pulling the live configuration first is recommended, because a draft made
 * from scratch would remove whatever the live pages already hold.
 */
export function StartScreen() {
  const id = useApp((s) => s.draft?.id ?? '');
  const baseUrl = useApp((s) => s.draft?.base_url ?? '');
  const edit = useApp((s) => s.edit);
  const setTab = useApp((s) => s.setActiveTab);
  const setPublishView = useApp((s) => s.setPublishView);
  const dismiss = useApp((s) => s.dismissStart);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);

  function connect() {
    dismiss(id);
    setPublishView('connect');
    setTab('publish');
  }
  function example() {
    setTab('profile');
    edit((d) => ({ ...d, config: exampleConfig() }));
  }
  function empty() {
    dismiss(id);
    setTab('profile');
  }

  return (
    <section className="start-screen" aria-labelledby="start-heading">
      <h2 id="start-heading" ref={heading} tabIndex={-1}>
        How do you want to start?
      </h2>
      <ul className="start-choices">
        <li className="start-choice start-recommended">
          <div>
            <h3>
              Connect and pull the live configuration <span className="badge">Recommended</span>
            </h3>
            <p className="muted">
              Start from what {baseUrl || 'the domain'} has today, so publishing changes only what you change.
              Needs a network admin’s username, password and API key.
            </p>
          </div>
          <Button variant="primary" onClick={connect}>
            Connect and pull
          </Button>
        </li>
        <li className="start-choice">
          <div>
            <h3>Start from the example draft</h3>
            <p className="muted">
              An HR system and a facilities system on example.com, mapped over the standard fields. Change the
              URLs and fields to yours; undo takes it out again.
            </p>
          </div>
          <Button onClick={example}>Use the example</Button>
        </li>
        <li className="start-choice">
          <div>
            <h3>Import a draft file</h3>
            <p className="muted">A .webhook.json file exported from Webhook Studio or kept in Git.</p>
          </div>
          <ImportButton label="Import a file" inputLabel="File to start this domain from" />
        </li>
        <li className="start-choice">
          <div>
            <h3>Start empty</h3>
            <p className="muted">Fill both webhooks by hand. Pull before you publish to see what is live.</p>
          </div>
          <Button onClick={empty}>Start empty</Button>
        </li>
      </ul>
    </section>
  );
}
