// Safe for the client: the editor's form checks a file's size before sending it.
export const maxUploadBytes = 10 * 1024 * 1024;
