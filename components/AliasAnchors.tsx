/** Empty anchors with the ids a section had in earlier versions, so old deep links still land on it. */
export function AliasAnchors({ ids }: { ids: string[] }) {
  return ids.map((id) => <span key={id} id={id} className="alias-anchor" />);
}
