export interface OutboxMessageView {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  /** Held until then (a burst of timetable changes becomes one mail). */
  sendAfter: string;
  /** When SMTP delivered it; null in embedded mode, where the outbox is the mailbox. */
  sentAt: string | null;
  error: string | null;
}
