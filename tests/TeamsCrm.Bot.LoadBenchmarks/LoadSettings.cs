namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// The size of a run: --users 50 --invokes 3600 --rounds 3 --warmup 500 --think-ms 0 (the defaults). With
/// --think-ms each user pauses that long on average (uniformly half to one and a half times) between clicks;
/// without it every user clicks again the moment the answer arrives. --mode search runs the message extension's
/// search benchmark instead of the card actions (<see cref="SearchBenchmark"/>); --pairs its single-user pairs (300).
/// </summary>
internal sealed record LoadSettings(int Users, int Invokes, int Rounds, int Warmup, int ThinkMilliseconds)
{
    public const string CardsMode = "cards";
    public const string SearchMode = "search";

    public string Mode { get; init; } = CardsMode;

    public int Pairs { get; init; } = 300;

    public int InvokesPerRound => Invokes / Rounds;

    public static LoadSettings From(string[] args)
    {
        var settings = new LoadSettings(Users: 50, Invokes: 3600, Rounds: 3, Warmup: 500, ThinkMilliseconds: 0);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--mode")
            {
                settings = args[i + 1] is CardsMode or SearchMode
                    ? settings with { Mode = args[i + 1] }
                    : throw new ArgumentException($"Unknown mode {args[i + 1]}; known: {CardsMode}, {SearchMode}.");
                continue;
            }

            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--pairs" => settings with { Pairs = value },
                "--users" => settings with { Users = value },
                "--invokes" => settings with { Invokes = value },
                "--rounds" => settings with { Rounds = value },
                "--warmup" => settings with { Warmup = value },
                "--think-ms" => settings with { ThinkMilliseconds = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; known: --mode, --users, --invokes, --rounds, --warmup, --think-ms, --pairs."),
            };
        }

        return settings.Users > 0 && settings.Rounds > 0 && settings.Invokes >= settings.Rounds && settings.ThinkMilliseconds >= 0 && settings.Pairs > 0
            ? settings
            : throw new ArgumentException("--users and --rounds must be positive, --invokes at least --rounds, --think-ms not negative, --pairs positive.");
    }
}
