export interface OutboxMessageView {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  /** When SMTP delivered it; null in embedded mode, where the outbox is the mailbox. */
  sentAt: string | null;
  error: string | null;
}
