// Reading a number box: blank is "not set", anything else the number typed.

/** The number in an input, or undefined when it is blank or not a number. */
export function numberOf(input: HTMLInputElement): number | undefined {
  const text = input.value.trim()
  if (text === '') return undefined
  const value = Number(text.replace(',', '.'))
  return Number.isFinite(value) ? value : undefined
}
