export function AffiliateOverviewPage() { return <h1>AffiliateOverviewPage</h1>; }
