// Numbers typed into the chip and corpus forms: "256", "1,024", "0.5". Anything else is kept
// apart so the form can say which field is wrong instead of storing a guess.

/** null for an empty field, a number when the text is one, NaN otherwise. */
export function parseFormNumber(s: string): number | null {
  const t = s.trim().replace(/[,，\s]/g, '')
  if (!t) return null
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : Number.NaN
}
