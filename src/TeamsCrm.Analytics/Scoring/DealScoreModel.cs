using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// A FastTree binary classifier (gradient-boosted trees, Platt-calibrated) over <see cref="FeatureSchema"/>, with
/// ML.NET's feature contribution calculation appended: each slot's contribution to the raw score. A factor's effect
/// in percentage points is p(score) − p(score − the factor's summed contribution), p being the model's own calibrator.
/// Single-threaded with a fixed seed: the same rows give the same model.
/// </summary>
internal sealed class DealScoreModel
{
    private readonly FeatureSchema _schema;
    private readonly PredictionEngine<ScoreRow, ScoreOutput> _engine;
    private readonly ICalibrator _calibrator;
    private readonly int _topFactors;
    private readonly Lock _gate = new();

    private DealScoreModel(FeatureSchema schema, PredictionEngine<ScoreRow, ScoreOutput> engine, ICalibrator calibrator, int topFactors)
    {
        _schema = schema;
        _engine = engine;
        _calibrator = calibrator;
        _topFactors = topFactors;
    }

    public static DealScoreModel Train(IReadOnlyList<(DealFeatures Features, bool Won)> rows, ScoringPolicy policy)
    {
        var schema = new FeatureSchema(rows.Select(r => r.Features));
        var ml = new MLContext(seed: policy.Seed);
        var definition = SchemaDefinition.Create(typeof(ScoreRow));
        definition[nameof(ScoreRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, schema.Length);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new ScoreRow { Label = r.Won, Features = schema.Vector(r.Features) }).ToList(), definition);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 5,
            LearningRate = 0.1,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        var contributions = ml.Transforms
            .CalculateFeatureContribution(model, numberOfPositiveContributions: schema.Length, numberOfNegativeContributions: schema.Length, normalize: false)
            .Fit(model.Transform(data));
        var engine = ml.Model.CreatePredictionEngine<ScoreRow, ScoreOutput>(model.Append(contributions), inputSchemaDefinition: definition);
        return new DealScoreModel(schema, engine, model.Model.Calibrator, policy.TopFactors);
    }

    /// <summary>The calibrated chance that the deal is won.</summary>
    public double Probability(DealFeatures features) => Predict(features).Probability;

    public DealScore Score(DealFeatures features)
    {
        var output = Predict(features);
        var factors = output.FeatureContributions
            .Select((contribution, slot) => (Slot: _schema.Slots[slot], Contribution: contribution))
            .GroupBy(s => (s.Slot.Kind, Channel: s.Slot.Kind == FactorKind.Interactions ? s.Slot.Value : null))
            .Select(g => (g.Key.Kind, g.Key.Channel, Points: 100 * (output.Probability - _calibrator.PredictProbability(output.Score - g.Sum(s => s.Contribution)))))
            .Where(f => Math.Abs(f.Points) >= 0.5)
            .OrderByDescending(f => Math.Abs(f.Points))
            .ThenBy(f => f.Kind)
            .Take(_topFactors)
            .Select(f => FeatureSchema.FactorOf(f.Kind, f.Channel, features, f.Points))
            .ToList();
        return new DealScore(features.DealId, output.Probability, factors, IsRuleBased: false);
    }

    private ScoreOutput Predict(DealFeatures features)
    {
        var row = new ScoreRow { Features = _schema.Vector(features) };
        lock (_gate)
        {
            return _engine.Predict(row);
        }
    }
}
