namespace TeamsCrm.Storage.Tests.Infrastructure;

/// <summary>What <see cref="Scenario.MegansDealAsync"/> sets up: the owner, a colleague, her account and its deal.</summary>
internal sealed record MegansDeal(Caller Megan, Caller Lukas, Account Account, Deal Deal);
