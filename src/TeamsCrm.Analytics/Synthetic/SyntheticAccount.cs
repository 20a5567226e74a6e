namespace TeamsCrm.Analytics.Synthetic;

/// <summary>A generated company: its name, its facts and its contacts.</summary>
public sealed record SyntheticAccount(string Name, AccountFact Fact, string Currency, IReadOnlyList<SyntheticContact> Contacts);
