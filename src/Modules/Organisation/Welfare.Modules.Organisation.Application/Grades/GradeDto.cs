namespace Welfare.Modules.Organisation.Application.Grades;

/// <summary>A grade of the employer's scale; <see cref="Rank"/> 1 is the lowest.</summary>
public sealed record GradeDto(string Code, string Name, int Rank);
