// A spam trap: a field named `website` that people never see, focus or fill (off-screen, hidden
// from screen readers, out of the tab order, no autofill); bots that fill it are refused.
export function Honeypot(props: { ref: (el: HTMLInputElement) => void }) {
  return (
    <div class="hp" aria-hidden="true">
      <label>
        Website
        <input ref={props.ref} type="text" name="website" tabindex="-1" autocomplete="off" />
      </label>
    </div>
  )
}
