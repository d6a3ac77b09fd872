/** A sentence that asks ("Will Kestria accept the offer?", "… is that true?”"): it ends with a question mark, inside quotation marks or not. */
export function isQuestion(sentenceText: string): boolean {
  return /\?\s*["”’)]*\s*$/.test(sentenceText);
}
