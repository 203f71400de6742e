using BenchmarkDotNet.Attributes;
using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.Questionnaires;
using Welfare.Modules.StressCheck.Domain.Scoring;

namespace Welfare.Benchmarks;

/// <summary>In-process scoring of one BJSQ-57 submission, by method.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private Answers[] _answers = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        _answers = [.. Enumerable.Range(0, 1024).Select(_ => Answers.From(Enumerable.Range(0, Bjsq57.ItemCount).Select(_ => random.Next(1, 5)).ToArray()))];
    }

    [Benchmark(Baseline = true)]
    public StressResult SumMethod() => StressScoring.Score(_answers[_next++ & 1023], Sex.Female, HighStressCriteria.SumDefault);

    [Benchmark]
    public StressResult ConversionTable() => StressScoring.Score(_answers[_next++ & 1023], Sex.Male, HighStressCriteria.ConversionTableDefault);
}
