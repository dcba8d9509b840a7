import type { ChecklistStep } from '../../../shared/checklist/publish-checklist';
import { Button } from '../../components/Button';

/** The Admin Portal screens of one webhook in order, each value with its own Copy button. */
export function ChecklistSteps({
  steps,
  onCopy,
}: {
  steps: readonly ChecklistStep[];
  onCopy(label: string, text: string): void;
}) {
  return (
    <ol className="checklist-steps">
      {steps.map((step, i) => (
        <li key={i} className="checklist-step">
          <h4>{step.screen}</h4>
          <p>{step.instruction}</p>
          {step.fields.length > 0 && (
            <table className="data-table checklist-fields">
              <caption className="visually-hidden">Values for {step.screen}</caption>
              <tbody>
                {step.fields.map((field, j) => (
                  <tr key={j}>
                    <th scope="row">{field.label}</th>
                    <td>
                      <code>{field.value}</code>
                    </td>
                    <td className="no-print copy-cell">
                      {field.copy && (
                        <Button
                          className="btn-small"
                          aria-label={`Copy ${field.label} (${step.screen})`}
                          onClick={() => onCopy(field.label, field.copy)}
                        >
                          Copy
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}
