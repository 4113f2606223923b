/** Thrown by requireRole when a signed-in user lacks the role; actions turn it into a message, pages into a 403 text. */
export class NotAllowedError extends Error {
  constructor(message = 'You do not have permission to do that.') {
    super(message);
  }
}
