import type { FeedbackItem } from '@/lib/feedback/queries';
import { bulkFormId, statusLabels } from './labels';
import { RowStatusForm } from './row-status-form';

/** One message. Its text is rendered as text: React escapes it, and its line breaks are kept. */
export function FeedbackRow({
  item,
  receivedLabel,
}: {
  item: FeedbackItem;
  receivedLabel: string;
}) {
  const href = item.articlePath
    ? `${item.articlePath}${item.paragraphAnchor ? `#${item.paragraphAnchor}` : ''}`
    : null;
  return (
    <tr className={`align-top ${item.status === 'new' ? 'bg-wash' : ''}`}>
      <td className="py-3">
        <input
          type="checkbox"
          name="ids"
          value={item.id}
          form={bulkFormId}
          aria-label={`Select message ${item.id}`}
          className="size-4"
        />
      </td>
      <td className="py-3 pr-4 whitespace-nowrap">
        <time dateTime={item.createdAt}>{receivedLabel}</time>
      </td>
      <td className="max-w-xl py-3 pr-4">
        <p className="font-semibold">
          {href ? (
            <a href={href} className="hover:underline">
              {item.headline}
              {item.paragraphAnchor ? <span className="font-normal text-muted"> · the reported paragraph</span> : null}
            </a>
          ) : (
            <>
              {item.headline} <span className="font-normal text-muted">(not published)</span>
            </>
          )}
        </p>
        {item.paragraphQuote ? (
          <blockquote className="mt-2 border-l-4 border-rule pl-3 font-serif text-muted italic">
            {item.paragraphQuote}
          </blockquote>
        ) : null}
        <p className="mt-2 break-words whitespace-pre-wrap">{item.message}</p>
      </td>
      <td className="py-3 pr-4">{statusLabels[item.status]}</td>
      <td className="py-3">
        <RowStatusForm id={item.id} current={item.status} />
      </td>
    </tr>
  );
}
