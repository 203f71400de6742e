using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Grades.ReplaceGrades;

/// <summary>Replaces the grade scale; <see cref="Grades"/> is ordered from the lowest grade to the highest.</summary>
public sealed record ReplaceGradesCommand(IReadOnlyList<GradeInput> Grades) : ICommand<IReadOnlyList<GradeDto>>
{
    /// <summary>The most grades a scale may have.</summary>
    public const int MaxGrades = 100;
}

public sealed record GradeInput(string Code, string Name);
