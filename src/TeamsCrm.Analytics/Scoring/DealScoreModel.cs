using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// A FastTree binary classifier (gradient-boosted trees, Platt-calibrated) over <see cref="FeatureSchema"/>.
/// Factors are explained by occlusion: a factor's effect in percentage points is the deal's probability minus its
/// probability with that factor's slots set to the typical training deal's (<see cref="FeatureSchema.Baseline"/>).
/// ML.NET's feature contribution calculation was tried first: for FastTree its per-feature contributions are path
/// differences that neither add up to the score nor share the calibrator's scale, so "+12 %" could not be read off
/// them (docs/analytics.md). Single-threaded with a fixed seed: the same rows give the same model.
/// </summary>
internal sealed class DealScoreModel
{
    private readonly FeatureSchema _schema;
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly PredictionEngine<ScoreRow, ScoreOutput> _engine;
    private readonly int _topFactors;
    private readonly Lock _gate = new();

    private DealScoreModel(FeatureSchema schema, MLContext ml, ITransformer model, DataViewSchema inputSchema, int topFactors)
    {
        _schema = schema;
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        _engine = ml.Model.CreatePredictionEngine<ScoreRow, ScoreOutput>(model, inputSchemaDefinition: Definition(schema));
        _topFactors = topFactors;
    }

    public FeatureSchema Schema => _schema;

    /// <summary>The trained model in ML.NET's own format (a zip), to be stored and <see cref="Import"/>ed.</summary>
    public byte[] Export()
    {
        using var stream = new MemoryStream();
        _ml.Model.Save(_model, _inputSchema, stream);
        return stream.ToArray();
    }

    public static DealScoreModel Import(FeatureSchema schema, byte[] model, ScoringPolicy policy)
    {
        var ml = new MLContext(seed: policy.Seed);
        using var stream = new MemoryStream(model, writable: false);
        var transformer = ml.Model.Load(stream, out var inputSchema);
        return new DealScoreModel(schema, ml, transformer, inputSchema, policy.TopFactors);
    }

    private static SchemaDefinition Definition(FeatureSchema schema)
    {
        var definition = SchemaDefinition.Create(typeof(ScoreRow));
        definition[nameof(ScoreRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, schema.Length);
        return definition;
    }

    public static DealScoreModel Train(IReadOnlyList<(DealFeatures Features, bool Won)> rows, ScoringPolicy policy)
    {
        var schema = new FeatureSchema(rows.Select(r => r.Features));
        var ml = new MLContext(seed: policy.Seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new ScoreRow { Label = r.Won, Features = schema.Vector(r.Features) }).ToList(), Definition(schema));
        var model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 5,
            LearningRate = 0.1,
            NumberOfThreads = 1,
        }).Fit(data);
        return new DealScoreModel(schema, ml, model, data.Schema, policy.TopFactors);
    }

    /// <summary>The calibrated chance that the deal is won.</summary>
    public double Probability(DealFeatures features) => Predict(_schema.Vector(features));

    public DealScore Score(DealFeatures features)
    {
        var vector = _schema.Vector(features);
        var probability = Predict(vector);
        var factors = _schema.Groups
            .Select(group => (group.Kind, group.Channel, Points: 100 * (probability - Predict(_schema.WithBaseline(vector, group.Slots)))))
            .Where(f => Math.Abs(f.Points) >= 0.5)
            .OrderByDescending(f => Math.Abs(f.Points))
            .ThenBy(f => f.Kind)
            .Take(_topFactors)
            .Select(f => FeatureSchema.FactorOf(f.Kind, f.Channel, features, f.Points))
            .ToList();
        return new DealScore(features.DealId, probability, factors, IsRuleBased: false);
    }

    private double Predict(float[] vector)
    {
        var row = new ScoreRow { Features = vector };
        lock (_gate)
        {
            return _engine.Predict(row).Probability;
        }
    }
}
