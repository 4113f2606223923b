'use client';

import { useFormStatus } from 'react-dom';

interface Props extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  pendingLabel?: string;
  variant?: 'primary' | 'secondary' | 'danger';
}

const variants = {
  primary: 'bg-ink text-paper hover:bg-accent',
  secondary: 'border border-ink bg-paper text-ink hover:bg-wash',
  danger: 'bg-accent-dark text-paper hover:bg-accent',
};

/** A submit button that says it is working while its form is being sent. */
export function SubmitButton({ children, pendingLabel, variant = 'primary', className = '', ...props }: Props) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={`px-4 py-2 font-semibold disabled:opacity-60 ${variants[variant]} ${className}`} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
