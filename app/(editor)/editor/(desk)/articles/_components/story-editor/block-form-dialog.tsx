import type { Editor } from '@tiptap/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { Field, inputClass } from '@/components/editor/field';
import { blockSchema, type StoryBlock } from '@/lib/story/schema';
import { InsertDialog } from './insert-dialog';

export interface BlockField {
  /** The block's property it fills, so that what the schema refuses is said beside it. */
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'url';
  multiline?: boolean;
  defaultValue?: string;
  /** Said when it is left empty; a field without it is optional. */
  required?: string;
  /** What a field of several lines counts, for "At most 20 facts." */
  counts?: string;
}

/** A field the form turns down before the schema sees it, and why. */
export interface Refusal {
  refused: { field: string; message: string };
}

type Read = (name: string) => string;
type FieldErrors = Partial<Record<string, string>>;

function messageFor(issue: z.core.$ZodIssue, field: BlockField): string {
  if (issue.code === 'too_small') return field.required ?? 'This cannot be left empty.';
  if (issue.code === 'too_big' && issue.origin === 'array') return `At most ${issue.maximum} ${field.counts ?? 'lines'}.`;
  if (issue.code === 'too_big') return `At most ${Number(issue.maximum).toLocaleString('en-GB')} characters.`;
  return issue.message;
}

/** The block, or what is wrong with each field: empty when required, refused, or not what the server's schema takes. */
function check(fields: BlockField[], toBlock: (value: Read) => StoryBlock | Refusal, value: Read): { block: StoryBlock } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  for (const field of fields) if (field.required && !value(field.name).trim()) errors[field.name] = field.required;
  if (Object.keys(errors).length) return { errors };

  const built = toBlock(value);
  if ('refused' in built) return { errors: { [built.refused.field]: built.refused.message } };
  const checked = blockSchema.safeParse(built);
  if (checked.success) return { block: checked.data };
  for (const issue of checked.error.issues) {
    const field = fields.find(({ name }) => name === issue.path[0]) ?? fields[0];
    if (field) errors[field.name] ??= messageFor(issue, field);
  }
  return { errors };
}

interface Props {
  opener: string;
  title: string;
  editor: Editor;
  fields: BlockField[];
  /** The block the fields make; it is then checked against the same schema the server saves with. */
  toBlock: (value: Read) => StoryBlock | Refusal;
  onInsert: (block: StoryBlock) => void;
}

/** A dialog whose fields make one block, refused beside the field at fault as the server would refuse it. */
export function BlockFormDialog({ opener, title, editor, fields, toBlock, onInsert }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const formId = useId();
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const result = check(fields, toBlock, (name) => String(data.get(name) ?? ''));
    if ('block' in result) {
      onInsert(result.block);
      setErrors({});
      form.reset();
      dialog.current?.close();
      return;
    }
    setErrors(result.errors);
    const first = fields.find((field) => result.errors[field.name]);
    if (first) form.querySelector<HTMLElement>(`[name="${first.name}"]`)?.focus();
  };

  return (
    <InsertDialog opener={opener} title={title} returnFocus={() => editor.commands.focus()} ref={dialog} onSubmit={submit}>
      {fields.map((field) => {
        const id = `${formId}-${field.name}`;
        const error = errors[field.name];
        return (
          <Field key={field.name} id={id} label={field.label} hint={field.hint} errors={error ? [error] : undefined}>
            {(describedBy) => {
              const attributes = {
                id,
                name: field.name,
                defaultValue: field.defaultValue,
                required: Boolean(field.required),
                'aria-invalid': error ? true : undefined,
                'aria-describedby': describedBy,
                className: inputClass,
              };
              return field.multiline ? <textarea rows={4} {...attributes} /> : <input type={field.type ?? 'text'} {...attributes} />;
            }}
          </Field>
        );
      })}
      {/* Said aloud as well when focus is already in the field at fault (Enter pressed there). */}
      <p aria-live="polite" className="sr-only">
        {Object.values(errors).join(' ')}
      </p>
    </InsertDialog>
  );
}
