using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Handoffs;

/// <summary>An overdue handoff claimed for its one reminder, with what the reminder shows.</summary>
public sealed record HandoffReminder(Handoff Handoff, Deal Deal, string AccountName);
