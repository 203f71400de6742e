namespace Welfare.Modules.StressCheck.Domain.Questionnaires;

/// <summary>The 57 answers of one submission, each 1..4, addressed by section and item (A1 … D2).</summary>
public sealed class Answers
{
    private readonly int[] _values;

    private Answers(int[] values) => _values = values;

    public IReadOnlyList<int> Values => _values;

    public static bool AreValid(IReadOnlyList<int>? values) =>
        values is { Count: Bjsq57.ItemCount } && values.All(v => v is >= 1 and <= 4);

    public static Answers From(IReadOnlyList<int> values)
    {
        if (!AreValid(values))
        {
            throw new ArgumentException($"Exactly {Bjsq57.ItemCount} answers, each 1 to 4.", nameof(values));
        }

        return new Answers([.. values]);
    }

    public int A(int item) => _values[item - 1];

    public int B(int item) => _values[17 + item - 1];

    public int C(int item) => _values[46 + item - 1];

    public int D(int item) => _values[55 + item - 1];
}
