using BenchmarkDotNet.Running;
using Welfare.Benchmarks;

// dotnet run -c Release --project bench/Welfare.Benchmarks -- scoring [BenchmarkDotNet options]
// dotnet run -c Release --project bench/Welfare.Benchmarks -- group-analysis <connection string> [responses] [departments] [rounds]
if (args.Length > 0 && args[0] == "group-analysis")
{
    return await GroupAnalysisBenchmark.RunAsync(
        args[1],
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 200,
        args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 6);
}

BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args.Length > 0 && args[0] == "scoring" ? args[1..] : args);
return 0;
