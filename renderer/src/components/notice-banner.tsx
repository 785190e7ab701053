import { useTranslation } from 'react-i18next';
import type { Notice } from '@shared/api/session-calls';

export interface NoticeBannerProps {
  readonly notices: readonly Notice[];
  readonly onDismiss: () => void;
}

const KEYS: Record<Notice['kind'], string> = {
  resumed: 'notices.resumed',
  'journal-recovered': 'notices.journalRecovered',
  'journal-unreadable': 'notices.journalUnreadable',
  'journal-too-large': 'notices.journalTooLarge',
};

/** One-time messages from main: resumed progress, or a journal that was kept aside. */
export function NoticeBanner({ notices, onDismiss }: NoticeBannerProps) {
  const { t } = useTranslation('common');
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      {notices.map((notice) => (
        <p key={notice.kind}>{t(KEYS[notice.kind], { path: notice.keptAs ?? '' })}</p>
      ))}
      <button type="button" className="button secondary" onClick={onDismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
