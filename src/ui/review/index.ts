/** The review and export components; see README.md for how the app wires them. */
export { ExportControls } from './ExportControls';
export { MentionReview, statusLine } from './MentionReview';
export { PlacePicker, positionLabel } from './PlacePicker';
export { ReviewArticle } from './ReviewArticle';
export { ReviewBar } from './ReviewBar';
export { ReviewModeToggle } from './ReviewModeToggle';
export { PrintContent, PrintView } from './PrintView';
