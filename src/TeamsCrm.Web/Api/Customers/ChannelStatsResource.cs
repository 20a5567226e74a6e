using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>One channel of a contact: outbound messages, how many were answered within 7 days, the rate (0–1) and the median answer time in minutes.</summary>
public sealed record ChannelStatsResource(InteractionChannel Channel, int Outbound, int Answered, double? AnswerRate, double? MedianAnswerMinutes);
