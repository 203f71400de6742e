using MediatR;
using Welfare.Modules.StressCheck.Domain.Questionnaires;

namespace Welfare.Modules.StressCheck.Application.Questionnaire.GetQuestionnaire;

internal sealed class GetQuestionnaireQueryHandler : IRequestHandler<GetQuestionnaireQuery, QuestionnaireDto>
{
    private static readonly QuestionnaireDto Questionnaire = new(
        "BJSQ-57",
        [.. Enum.GetValues<QuestionnaireSection>().Select(section => new QuestionnaireSectionDto(
            section.ToString(),
            Text(Bjsq57.SectionInstructions[section]),
            [.. Bjsq57.AnswerLabels[section].Select(Text)],
            [.. Bjsq57.Items.Where(i => i.Section == section).Select(i => new QuestionnaireItemDto(i.Number, i.Code, Text(i.Text)))]))]);

    public Task<QuestionnaireDto> Handle(GetQuestionnaireQuery request, CancellationToken cancellationToken) => Task.FromResult(Questionnaire);

    private static TextDto Text(Welfare.SharedKernel.LocalizedText text) => new(text.Japanese, text.English);
}
