using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Core.Workspace;

/// <summary>A logged customer touchpoint (members only), with the contact's name when it names one.</summary>
public sealed record InteractionTimelineEntry(Interaction Interaction, string? ContactName) : TimelineEntry(Interaction.OccurredAt);
