using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/TeamsCrm.Teams.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
