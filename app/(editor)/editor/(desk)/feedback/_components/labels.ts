import type { FeedbackStatus } from '@/lib/feedback/schema';

export const statusLabels: Record<FeedbackStatus, string> = {
  new: 'New',
  read: 'Read',
  resolved: 'Resolved',
  spam: 'Spam',
};

/** What each row's buttons say, in the order they appear. */
export const markLabels: Record<FeedbackStatus, string> = {
  read: 'Mark read',
  resolved: 'Mark resolved',
  spam: 'Mark spam',
  new: 'Mark unread',
};

/** The bulk form's id: the rows' checkboxes join it through their `form` attribute. */
export const bulkFormId = 'bulk-status';
