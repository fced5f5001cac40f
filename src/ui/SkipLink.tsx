/**
 * The first Tab stop: jumps past the map and its controls to the places list, without touching the URL's hash
 * (which other features may own).
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#places"
      onClick={(e) => {
        const target = document.getElementById('places');
        if (!target) return;
        e.preventDefault();
        target.focus();
      }}
    >
      Skip to the places list
    </a>
  );
}
