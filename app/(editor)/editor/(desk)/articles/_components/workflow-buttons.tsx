import { inputClass } from '@/components/editor/field';
import { SubmitButton } from '@/components/editor/submit-button';
import type { ArticleIntent } from '@/lib/newsroom/schema';

const labels: Record<ArticleIntent, string> = {
  save: 'Save draft',
  submit: 'Submit for review',
  publish: 'Publish now',
  schedule: 'Schedule',
  unpublish: 'Unpublish',
};

/** Only the steps this user may take from the article's current state are offered. */
export function WorkflowButtons({ intents, scheduledAt, scheduleError }: { intents: ArticleIntent[]; scheduledAt: string; scheduleError?: string[] }) {
  return (
    <div className="grid gap-4 border-t-2 border-ink pt-4">
      {intents.includes('schedule') ? (
        <div className="grid gap-1">
          <label htmlFor="scheduledAt" className="font-semibold">
            Publication time (newsroom time zone)
          </label>
          <input id="scheduledAt" name="scheduledAt" type="datetime-local" defaultValue={scheduledAt} aria-describedby={scheduleError ? 'scheduledAt-error' : undefined} className={inputClass} />
          {scheduleError ? (
            <p id="scheduledAt-error" className="text-sm font-semibold text-accent-dark">
              {scheduleError.join(' ')}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {intents.map((intent) => (
          <SubmitButton key={intent} name="intent" value={intent} variant={intent === 'save' ? 'secondary' : intent === 'unpublish' ? 'danger' : 'primary'}>
            {labels[intent]}
          </SubmitButton>
        ))}
      </div>
    </div>
  );
}
