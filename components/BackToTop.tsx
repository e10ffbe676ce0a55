/**
 * The way back to the top of a long notice. It sits after the notice's container (#privacy-notice),
 * which holds the published words only, so no reader view or archive takes it for notice text.
 */
export function BackToTop() {
  return (
    <p className="back-to-top mt-4 text-sm lg:ml-80 print:hidden">
      <a href="#privacy-notice">Back to top</a>
    </p>
  );
}
