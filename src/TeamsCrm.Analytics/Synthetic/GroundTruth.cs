namespace TeamsCrm.Analytics.Synthetic;

/// <summary>
/// What was planted in a synthetic tenant, for tests to find: accounts of <see cref="PlantedIndustry"/> look at and
/// win with <see cref="PlantedProductId"/> far more than others; a deal with a meeting in the
/// <see cref="MeetingWindowDays"/> days before its close is far more likely to be won; each contact answers best on
/// one channel (<see cref="AnswerChannels"/>).
/// </summary>
public sealed record GroundTruth(
    string PlantedIndustry,
    string PlantedProductId,
    int MeetingWindowDays,
    IReadOnlyDictionary<string, InteractionChannel> AnswerChannels);
