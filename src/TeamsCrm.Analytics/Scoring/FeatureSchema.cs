namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// The model's feature vector, built by hand so every slot has a known meaning: one slot per category value seen in
/// training (industry, size band, country, product family, amount band; unseen values light no slot), then days since
/// the last meeting (no meeting: <see cref="NoMeetingDays"/>), interactions per channel, the furthest open stage
/// (0–3) and the owner's win rate. Each slot belongs to a factor (<see cref="Groups"/>); the <see cref="Baseline"/> is
/// the typical training deal: each category's most frequent value, each number's median.
/// </summary>
internal sealed class FeatureSchema
{
    public const float NoMeetingDays = 999;

    private readonly List<(FactorKind Kind, string? Value)> _slots = [];
    private readonly Dictionary<(FactorKind, string), int> _categorySlots = [];

    public FeatureSchema(IEnumerable<DealFeatures> training)
    {
        var rows = training.ToList();
        foreach (var (kind, valueOf) in Categories)
        {
            foreach (var value in rows.Select(valueOf).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                _slots.Add((kind, value));
            }
        }

        _slots.Add((FactorKind.LastMeeting, null));
        _slots.AddRange(Enum.GetValues<InteractionChannel>().Select(c => (FactorKind.Interactions, (string?)c.ToString())));
        _slots.Add((FactorKind.StageReached, null));
        _slots.Add((FactorKind.OwnerWinRate, null));
        Groups = Index();
        Baseline = TypicalVector([.. rows.Select(Vector)]);
    }

    /// <summary>A stored schema: its slots in order and its baseline (<see cref="DealScorer.Import"/>).</summary>
    public FeatureSchema(IEnumerable<(FactorKind Kind, string? Value)> slots, IReadOnlyList<float> baseline)
    {
        _slots.AddRange(slots);
        Groups = Index();
        Baseline = baseline.Count == _slots.Count ? baseline : throw new ArgumentException("The baseline must have one value per slot.", nameof(baseline));
    }

    /// <summary>The factors: each kind's slots (interactions: one factor per channel).</summary>
    public IReadOnlyList<(FactorKind Kind, string? Channel, IReadOnlyList<int> Slots)> Groups { get; }

    public IReadOnlyList<float> Baseline { get; }

    /// <summary>A copy of the vector with the given slots set to the baseline's.</summary>
    public float[] WithBaseline(float[] vector, IReadOnlyList<int> slots)
    {
        var copy = (float[])vector.Clone();
        foreach (var slot in slots)
        {
            copy[slot] = Baseline[slot];
        }

        return copy;
    }

    public int Length => _slots.Count;

    public IReadOnlyList<(FactorKind Kind, string? Value)> Slots => _slots;

    private static (FactorKind, Func<DealFeatures, string?>)[] Categories { get; } =
    [
        (FactorKind.Industry, f => f.Industry),
        (FactorKind.SizeBand, f => f.SizeBand),
        (FactorKind.Country, f => f.Country),
        (FactorKind.ProductFamily, f => f.ProductFamily),
        (FactorKind.AmountBand, f => f.AmountBand),
    ];

    private IReadOnlyList<(FactorKind Kind, string? Channel, IReadOnlyList<int> Slots)> Index()
    {
        foreach (var (slot, index) in _slots.Select((slot, index) => (slot, index)).Where(s => Categories.Any(c => c.Item1 == s.slot.Kind)))
        {
            _categorySlots[(slot.Kind, slot.Value!)] = index;
        }

        return [.. _slots
            .Select((slot, index) => (slot, index))
            .GroupBy(s => (s.slot.Kind, Channel: s.slot.Kind == FactorKind.Interactions ? s.slot.Value : null))
            .Select(g => (g.Key.Kind, g.Key.Channel, (IReadOnlyList<int>)[.. g.Select(s => s.index)]))];
    }

    public float[] Vector(DealFeatures features)
    {
        var vector = new float[_slots.Count];
        foreach (var (kind, valueOf) in Categories)
        {
            if (valueOf(features) is { } value && _categorySlots.TryGetValue((kind, value), out var slot))
            {
                vector[slot] = 1;
            }
        }

        var next = _categorySlots.Count;
        vector[next++] = features.DaysSinceLastMeeting is { } days ? (float)days : NoMeetingDays;
        foreach (var channel in Enum.GetValues<InteractionChannel>())
        {
            vector[next++] = features.InteractionsByChannel.GetValueOrDefault(channel);
        }

        vector[next++] = (int)features.StageReached;
        vector[next] = (float)features.OwnerWinRate;
        return vector;
    }

    private float[] TypicalVector(IReadOnlyList<float[]> vectors)
    {
        var typical = new float[_slots.Count];
        if (vectors.Count == 0)
        {
            return typical;
        }

        foreach (var (kind, _, slots) in Groups)
        {
            if (Categories.Any(category => category.Item1 == kind))
            {
                var mode = slots.OrderByDescending(slot => vectors.Count(v => v[slot] == 1)).ThenBy(slot => slot).First();
                typical[mode] = 1;
                continue;
            }

            foreach (var slot in slots)
            {
                var sorted = vectors.Select(v => v[slot]).Order().ToArray();
                typical[slot] = sorted[sorted.Length / 2];
            }
        }

        return typical;
    }

    /// <summary>The factor of one kind as the deal has it: its value or number, for the words.</summary>
    public static ScoreFactor FactorOf(FactorKind kind, string? channel, DealFeatures features, double points) => kind switch
    {
        FactorKind.Industry => new(kind, features.Industry, null, points),
        FactorKind.SizeBand => new(kind, features.SizeBand, null, points),
        FactorKind.Country => new(kind, features.Country, null, points),
        FactorKind.ProductFamily => new(kind, features.ProductFamily, null, points),
        FactorKind.AmountBand => new(kind, features.AmountBand, null, points),
        FactorKind.LastMeeting => new(kind, null, features.DaysSinceLastMeeting, points),
        FactorKind.Interactions => new(kind, channel, features.InteractionsByChannel.GetValueOrDefault(Enum.Parse<InteractionChannel>(channel!)), points),
        FactorKind.StageReached => new(kind, features.StageReached.ToString(), null, points),
        _ => new(kind, null, features.OwnerWinRate, points),
    };
}
