import { SelectField } from '../../components/SelectField';
import { useApp } from '../../store/store-context';
import { useDeliveryChoice } from './useHarnessData';

/** The sample a delivery is built from, among the samples of the webhook under test. */
export function SamplePicker({ id }: { id: string }) {
  const choice = useDeliveryChoice();
  const patch = useApp((s) => s.patchHarness);
  return (
    <SelectField
      id={id}
      label="Sample"
      value={choice.sampleId}
      options={choice.samples.map((s) => ({ value: s.id, label: s.label }))}
      onValue={(sampleId) => patch({ sampleId })}
    />
  );
}
