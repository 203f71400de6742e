using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Questionnaire.GetQuestionnaire;

/// <summary>The BJSQ-57 items and answer labels in Japanese with English translations.</summary>
public sealed record GetQuestionnaireQuery : IQuery<QuestionnaireDto>;

public sealed record QuestionnaireDto(string Name, IReadOnlyList<QuestionnaireSectionDto> Sections);

public sealed record QuestionnaireSectionDto(string Section, TextDto Instruction, IReadOnlyList<TextDto> AnswerLabels, IReadOnlyList<QuestionnaireItemDto> Items);

public sealed record QuestionnaireItemDto(int Number, string Code, TextDto Text);

public sealed record TextDto(string Ja, string En);
