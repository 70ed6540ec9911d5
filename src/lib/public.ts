/** The public edition publishes only records explicitly marked `classification: public`. */
export function isPublic(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { classification?: unknown }).classification === 'public';
}
