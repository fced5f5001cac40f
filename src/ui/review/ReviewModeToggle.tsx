import { useReview, useReviewStoreApi } from '../../state/review';
import './review.css';

/** "Edit links": switches the editing mode; off by default. The embed never renders it (and its store refuses). */
export function ReviewModeToggle() {
  const store = useReviewStoreApi();
  const on = useReview((s) => s.reviewMode);
  return (
    <button
      type="button"
      className="review-toggle"
      aria-pressed={on}
      onClick={() => store.getState().setReviewMode(!on)}
    >
      {on ? 'Done editing links' : 'Edit links'}
    </button>
  );
}
