import { Banner } from '../../components/Banner';
import { useApp } from '../../store/store-context';

/** A store file that failed to load was moved aside: say which, where it went and why. */
export function StoreProblemBanners() {
  const problems = useApp((s) => s.storeProblems);
  const dismiss = useApp((s) => s.dismissStoreProblem);
  const notice = useApp((s) => s.notice);
  const setNotice = useApp((s) => s.setNotice);
  return (
    <div className="banners">
      {problems.map((p) => (
        <Banner
          key={p.file}
          tone="warning"
          onDismiss={() => dismiss(p.file)}
          dismissLabel={`Dismiss the notice about ${p.file}`}
        >
          <strong>A saved file could not be read and was moved aside.</strong> <code>{p.file}</code> is now{' '}
          <code>{p.moved_to}</code> ({p.reason}). Everything else loaded normally.
        </Banner>
      ))}
      {notice && (
        <Banner tone="error" onDismiss={() => setNotice(null)}>
          {notice}
        </Banner>
      )}
    </div>
  );
}
