import { z } from 'zod';
import { roles } from './roles';

export const emailSchema = z.email('Enter a valid email address.').trim().toLowerCase().max(200);
export const passwordSchema = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(200, 'Use at most 200 characters.');

export const newUserSchema = z.object({
  name: z.string().trim().min(2, 'Enter a name.').max(100),
  email: emailSchema,
  role: z.enum(roles),
  password: passwordSchema,
});

export const setupSchema = newUserSchema
  .omit({ role: true })
  .extend({ confirm: z.string(), token: z.string().min(20) })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ.' });

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().max(200),
});

export type NewUser = z.infer<typeof newUserSchema>;
